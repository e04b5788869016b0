;; local_response/send_from_response_headers: the upstream answered, and in
;; on_response_headers (before the response goes downstream) the guest
;; replaces it with a local response 502 "bad upstream" carrying x-why: 1
;; and grpc_status unavailable (14).
(module
  (import "env" "proxy_send_local_response"
    (func $send (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "upstream_rejected")  ;; 17
  (data (i32.const 48) "bad upstream")       ;; 12
  ;; {x-why: 1}, 20 bytes
  (data (i32.const 64) "\01\00\00\00\05\00\00\00\01\00\00\00x-why\001\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $send (i32.const 502) (i32.const 16) (i32.const 17)
                      (i32.const 48) (i32.const 12) (i32.const 64) (i32.const 20)
                      (i32.const 14)))
    (i32.const 0)))
