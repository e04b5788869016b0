;; proxy_grpc_cancel on a stream resets it: on_configure opens a stream;
;; when its initial metadata arrives, the guest cancels it (ok) from
;; inside proxy_on_grpc_receive_initial_metadata.  The messages, trailing
;; metadata and close the driver delivers afterwards reach no callback
;; (those callbacks trap if called).
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream {{params proxy_grpc_stream}}))
  (import "env" "proxy_grpc_cancel"
    (func $grpc_cancel {{params proxy_grpc_cancel}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  ;; out slot: 256 token
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 4) {{empty proxy_grpc_stream.initial_metadata}} (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive_initial_metadata")
      (param $ctx i32) (param $token i32) (param i32)
    (drop (call $grpc_cancel (local.get $token))))
  (func (export "proxy_on_grpc_receive") (param i32 i32 i32) unreachable)
  (func (export "{{export proxy_on_grpc_receive_trailing_metadata}}") (param i32 i32 i32) unreachable)
  (func (export "proxy_on_grpc_close") (param i32 i32 i32) unreachable))
