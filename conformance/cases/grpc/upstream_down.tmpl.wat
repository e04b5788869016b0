;; proxy_grpc_call and proxy_grpc_stream to an upstream whose sends fail:
;; the reference host's simulated cluster "pwabi.down".  Both are
;; internal_failure, the token slot (preset to 0xaa bytes) is not written,
;; and no gRPC callback follows (they trap if called).
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call {{params proxy_grpc_call}}))
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream {{params proxy_grpc_stream}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "pwabi.down")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; out slot: 256 token
  (data (i32.const 256) "\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 10) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) {{empty proxy_grpc_call.initial_metadata}} (i32.const 64) (i32.const 4)
                           (i32.const 1000) (i32.const 256)))
    (drop (call $grpc_stream (i32.const 16) (i32.const 10) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 3) {{empty proxy_grpc_stream.initial_metadata}} (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_grpc_create_initial_metadata") (param i32 i32 i32)
    unreachable)
  (func (export "proxy_on_grpc_close") (param i32 i32 i32) unreachable))
