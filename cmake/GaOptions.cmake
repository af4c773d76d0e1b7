# ga_options: the compile settings every target of the project shares.
add_library(ga_options INTERFACE)
target_compile_features(ga_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(ga_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  OPENSSL_API_COMPAT=30000
  OPENSSL_NO_DEPRECATED)

target_compile_options(ga_options INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Werror=switch)
if(GA_WERROR)
  target_compile_options(ga_options INTERFACE -Werror)
endif()

if(GA_SANITIZE)
  target_compile_options(ga_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(ga_options INTERFACE -fsanitize=address,undefined)
endif()

if(GA_FUZZ)
  # Coverage for libFuzzer in every library the fuzzers link; the fuzzers add -fsanitize=fuzzer.
  target_compile_options(ga_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(ga_options INTERFACE -fsanitize=address,undefined)
endif()
