;; http_call/call_failure: an HTTP call made from on_configure fails (the
;; proxy resets it).  on_http_call_response logs the first headers_count,
;; body_size and trailers_count digits of "0123456789" (all three empty
;; when the counts are 0), reads proxy_get_status, and tries the response
;; headers map and body buffer, which a failed call does not have.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_status"
    (func $buffer_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (data (i32.const 160) "0123456789")
  (data (i32.const 176) ":status")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (drop (call $log (i32.const 2) (i32.const 160) (local.get 2)))
    (drop (call $log (i32.const 2) (i32.const 160) (local.get 3)))
    (drop (call $log (i32.const 2) (i32.const 160) (local.get 4)))
    ;; code at 520, message at 512/516
    (drop (call $get_status (i32.const 520) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map http_call_response_headers}}) (i32.const 176) (i32.const 7) (i32.const 512) (i32.const 516)))
    (drop (call $buffer_status (i32.const {{buffer http_call_response_body}}) (i32.const 512) (i32.const 516)))))
