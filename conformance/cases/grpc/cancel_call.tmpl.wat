;; proxy_grpc_cancel on a unary call: on_configure starts a call and
;; cancels it at once (ok).  When the driver later answers the call, with a
;; message or with a close, no callback runs: the callbacks trap if they
;; are ever called.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call {{params proxy_grpc_call}}))
  (import "env" "proxy_grpc_cancel"
    (func $grpc_cancel {{params proxy_grpc_cancel}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; out slot: 256 token
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) {{empty proxy_grpc_call.initial_metadata}} (i32.const 64) (i32.const 4)
                           (i32.const 1000) (i32.const 256)))
    (drop (call $grpc_cancel (i32.load (i32.const 256))))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive") (param i32 i32 i32) unreachable)
  (func (export "proxy_on_grpc_close") (param i32 i32 i32) unreachable))
