# cmake -DBINARY=<siplab-cli> -DMODULE=<siplab-cli-commands.so> -DLIVE=<siplab-cli-live.so>
#       -DCAPTURE=<siplab-cli-capture.so> -P check_no_widgets.cmake
# siplab-cli is headless: nothing it or its modules load may be Qt Widgets (ldd lists every
# shared library). The executable itself links Qt Core only: Qt Gui comes with the commands
# module, Qt Network with the live module, libpcap with the capture module (the commands module,
# which runs every command for the tests, has all three), each loaded for the command lines that
# use it (app/cli/CMakeLists.txt).

# check(FILE WHAT NEEDS <libraries it must link> FORBIDS <libraries it must not>)
function(check file what)
    cmake_parse_arguments(arg "" "" "NEEDS;FORBIDS" ${ARGN})
    execute_process(COMMAND ldd ${file} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "ldd ${file} failed (${rc})")
    endif()
    foreach(lib libQt6Core ${arg_NEEDS})
        if(NOT libs MATCHES "${lib}")
            message(FATAL_ERROR "${file} links no ${lib}: not ${what}\n${libs}")
        endif()
    endforeach()
    foreach(lib libQt6Widgets ${arg_FORBIDS})
        if(libs MATCHES "${lib}")
            message(FATAL_ERROR "${file} (${what}) links ${lib}:\n${libs}")
        endif()
    endforeach()
    message(STATUS "${file}: ${what}; none of libQt6Widgets ${arg_FORBIDS}")
endfunction()

check(${BINARY} "the executable" FORBIDS libQt6Gui libQt6Network libpcap)
check(${MODULE} "the commands module" NEEDS libQt6Gui)
check(${LIVE} "the live module" NEEDS libQt6Network FORBIDS libQt6Gui libpcap)
check(${CAPTURE} "the capture module" NEEDS libpcap FORBIDS libQt6Gui libQt6Network)
