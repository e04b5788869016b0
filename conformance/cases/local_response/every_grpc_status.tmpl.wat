;; local_response/every_grpc_status: the n-th stream's on_request_headers
;; sends a local response 503 with the n-th grpc_status of the list
;; 0 1 2 ... 16 0xFFFFFFFF (every grpc_status value, invalid_code last).
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (global $n (mut i32) (i32.const 0))
  (data (i32.const 16) "unavailable")    ;; 11
  (data (i32.const 256)
    "\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00"
    "\06\00\00\00\07\00\00\00\08\00\00\00\09\00\00\00\0a\00\00\00\0b\00\00\00"
    "\0c\00\00\00\0d\00\00\00\0e\00\00\00\0f\00\00\00\10\00\00\00\ff\ff\ff\ff")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $send (i32.const 503) (i32.const 16) (i32.const 11)
                      (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                      (i32.load (i32.add (i32.const 256)
                                         (i32.shl (global.get $n) (i32.const 2))))))
    (global.set $n (i32.add (global.get $n) (i32.const 1)))
    (i32.const 1)))
