;; local_response/send_basic: in on_request_headers, answer the request
;; with proxy_send_local_response(403, "denied", "go away", {x-a: 1,
;; x-b: ""}, invalid_code = 0xFFFFFFFF: no grpc-status).
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "denied")      ;; 6
  (data (i32.const 32) "go away")     ;; 7
  ;; {x-a: 1, x-b: ""}, 31 bytes
  (data (i32.const 48) "\02\00\00\00\03\00\00\00\01\00\00\00\03\00\00\00\00\00\00\00x-a\001\00x-b\00\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $send (i32.const 403) (i32.const 16) (i32.const 6)
                      (i32.const 32) (i32.const 7) (i32.const 48) (i32.const 31)
                      (i32.const -1)))
    (i32.const 1)))
