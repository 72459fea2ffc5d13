# siplab_add_test(<name> SOURCES <files...> LIBS <targets...>)
# Adds one QtTest executable and registers it with CTest. Every test runs offscreen with a
# pinned locale so results do not depend on the machine it runs on.
# The RFC texts the protocol-audit tests read: shared/reference/rfc beside the repository (as in
# CI). A missing folder makes those tests fail, never skip; -DSIPLAB_RFC_DIR=... points elsewhere.
set(SIPLAB_RFC_DIR "${PROJECT_SOURCE_DIR}/../shared/reference/rfc" CACHE PATH "Folder holding rfcNNNN.txt")

function(siplab_add_test name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        SIPLAB_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SIPLAB_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SIPLAB_RFC_DIR="${SIPLAB_RFC_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SIPLAB_NO_WELCOME=1;LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC"
        TIMEOUT 300)
endfunction()
