;; buffers/buffer_eos_flag: proxy_get_buffer_status reports END_OF_STREAM
;; (flag 1) once the host has seen the end of the buffer's direction: the
;; request body, the response body, the downstream and the upstream data,
;; each read in its own callback, before and at the end of stream (the
;; request body also when a held chunk is joined by the last one), and
;; the body of an HTTP call's response, which is complete when it comes.
;; on_request_body holds a chunk that does not end the stream
;; (stop_iteration_and_buffer).
(module
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")     ;; 7
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (global $heap (mut i32) (i32.const 4096))
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
    (drop (call $status (i32.const {{buffer http_call_response_body}}) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const {{buffer http_request_body}}) (i32.const 512) (i32.const 516)))
    (i32.eqz (local.get 2)))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const {{buffer http_response_body}}) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const {{buffer network_downstream_data}}) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_upstream_data") (param i32 i32 i32) (result i32)
    (drop (call $status (i32.const {{buffer network_upstream_data}}) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
