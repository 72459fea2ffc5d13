# cmake -DBINARY=<path to siplab-cli> -P check_no_widgets.cmake
# siplab-cli is headless: nothing it loads may be Qt Widgets (ldd lists every shared library).
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${BINARY} failed (${rc})")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd ${BINARY} shows no libQt6Core: not the executable expected\n${libs}")
endif()
if(libs MATCHES "libQt6Widgets")
    message(FATAL_ERROR "${BINARY} links Qt Widgets:\n${libs}")
endif()
message(STATUS "${BINARY}: no Qt Widgets")
