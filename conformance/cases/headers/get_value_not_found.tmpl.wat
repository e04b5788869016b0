;; headers/get_value_not_found: proxy_get_header_map_value for a key the
;; map does not hold is not_found and writes nothing, in every map type a
;; stream or an HTTP call answer has: request headers (a missing key, a key
;; differing only by a trailing byte, the empty key), request trailers,
;; response headers, response trailers (delivered with no entries: any key
;; of an empty map), and the response headers and trailers of an HTTP
;; call made in on_configure.  In 0.1.0 the same calls are ok and empty
;; (the case's expect.by_abi).
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-missing")   ;; 9
  (data (i32.const 32) "x-a\00")      ;; 4: "x-a" plus a NUL
  (data (i32.const 48) "cluster")     ;; 7
  ;; {:method: GET, :path: /, :authority: example.com}, 71 bytes
  (data (i32.const 64) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\0b\00\00\00:method\00GET\00:path\00/\00:authority\00example.com\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $missing (param $t i32)
    (drop (call $get (local.get $t) (i32.const 16) (i32.const 9) (i32.const 512) (i32.const 516))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 48) (i32.const 7) (i32.const 64) (i32.const 71)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (call $missing (i32.const {{map http_call_response_headers}}))
    (call $missing (i32.const {{map http_call_response_trailers}})))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}}
    (result i32)
    (call $missing (i32.const {{map request_headers}}))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 32) (i32.const 4) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 0) (i32.const 0) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_request_trailers") (param i32 i32) (result i32)
    (call $missing (i32.const {{map request_trailers}}))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}}
    (result i32)
    (call $missing (i32.const {{map response_headers}}))
    (i32.const 0))
  (func (export "proxy_on_response_trailers") (param i32 i32)
    (result i32)
    (call $missing (i32.const {{map response_trailers}}))
    (i32.const 0)))
