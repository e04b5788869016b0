;; local_response/response_code_any: the n-th stream's on_request_headers
;; sends a local response whose code is the n-th of 0, 99, 100, 599,
;; 1000, 0xFFFFFFFF (no details, body or pairs; invalid_code).
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (global $n (mut i32) (i32.const 0))
  (data (i32.const 256)
    "\00\00\00\00\63\00\00\00\64\00\00\00\57\02\00\00\e8\03\00\00\ff\ff\ff\ff")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $send (i32.load (i32.add (i32.const 256)
                                         (i32.shl (global.get $n) (i32.const 2))))
                      (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
                      (i32.const 0) (i32.const 0) (i32.const -1)))
    (global.set $n (i32.add (global.get $n) (i32.const 1)))
    (i32.const 1)))
