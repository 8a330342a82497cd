# CPACK_PROJECT_CONFIG_FILE: cpack reads this once per generator, with CPACK_GENERATOR set to that generator.
# CPack documents CPACK_WIX_INSTALL_SCOPE perUser only from CMake 4.3 on ("reserved for future use" before), so an
# older cpack would not make the per-user MSI this project promises; stop instead of making a different one.
if(CPACK_GENERATOR STREQUAL "WIX" AND CMAKE_VERSION VERSION_LESS 4.3)
    message(FATAL_ERROR "The dmadmin MSI needs cpack from CMake 4.3 or later (per-user WiX installs); "
                        "this is ${CMAKE_VERSION}")
endif()
