;; http_call/response_only_inside: the response of an HTTP call is readable
;; only during on_http_call_response.  The stream starts the call in
;; on_request_headers; inside the response callback the headers,
;; trailers and body read ok; in the stream's next callback
;; (on_request_body) they are gone: bad_argument for the maps, not_found
;; for the body.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (data (i32.const 176) ":status")   ;; 7
  (data (i32.const 192) "x-t")       ;; 3
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $read
    (drop (call $get (i32.const {{map http_call_response_headers}}) (i32.const 176) (i32.const 7) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map http_call_response_trailers}}) (i32.const 192) (i32.const 3) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer http_call_response_body}}) (i32.const 0) (i32.const 100) (i32.const 512) (i32.const 516))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 0))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (call $read))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $read)
    (i32.const 0)))
