# siplab_add_layer(<name> QT <Qt targets...> DEPS <lower layers...>)
# One folder of app/ = one static library siplab_<name>. Its link line names only the layers
# below it, so a header of a higher layer cannot be reached (docs/architecture.md).
function(siplab_add_layer name)
    cmake_parse_arguments(arg "" "" "QT;DEPS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    add_library(siplab_${name} STATIC ${sources})
    target_include_directories(siplab_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(siplab_${name} PUBLIC ${arg_DEPS} ${arg_QT})
    # The application's own code concatenates with QStringBuilder: a chain of QString + ...
    # computes its length and allocates once (issue 16: the engine builds every header value
    # that way). Private: the tests keep Qt's plain operator+.
    target_compile_definitions(siplab_${name} PRIVATE QT_USE_QSTRINGBUILDER)
endfunction()
