;; proxy_grpc_send on an open stream with a bad message pointer: out of
;; bounds (65536 + 1), ptr + len wrapping past 2^32 (0xfffffff0 + 32), a
;; length past the end of memory (64 + 65473).  A good send follows.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream {{params proxy_grpc_stream}}))
  (import "env" "proxy_grpc_send"
    (func $grpc_send {{params proxy_grpc_send}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  (data (i32.const 64) "message")
  ;; out slot: 256 token
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 4) {{empty proxy_grpc_stream.initial_metadata}} (i32.const 256)))
    (drop (call $grpc_send (i32.load (i32.const 256)) (i32.const 65536) (i32.const 1)
                           (i32.const 0)))
    (drop (call $grpc_send (i32.load (i32.const 256)) (i32.const -16) (i32.const 32)
                           (i32.const 0)))
    (drop (call $grpc_send (i32.load (i32.const 256)) (i32.const 64) (i32.const 65473)
                           (i32.const 0)))
    (drop (call $grpc_send (i32.load (i32.const 256)) (i32.const 64) (i32.const 7)
                           (i32.const 0)))
    (i32.const 1)))
