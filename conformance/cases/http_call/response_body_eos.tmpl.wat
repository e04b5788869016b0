;; http_call/response_body_eos: on_configure makes an HTTP call; inside
;; on_http_call_response the guest asks proxy_get_buffer_status for
;; http_call_response_body (length at 512, flags at 516).
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_status"
    (func $buffer_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  ;; {:method: GET, :path: /, :authority: a}, 61 bytes
  (data (i32.const 32) "\03\00\00\00\07\00\00\00\03\00\00\00\05\00\00\00\01\00\00\00\0a\00\00\00\01\00\00\00:method\00GET\00:path\00/\00:authority\00a\00")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 4096))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 61)
                           (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (drop (call $buffer_status (i32.const {{buffer http_call_response_body}})
                               (i32.const 512) (i32.const 516)))))
