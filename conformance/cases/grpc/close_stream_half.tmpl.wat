;; proxy_grpc_close on a stream is a half-close: on_configure opens a
;; stream, sends "only" and closes its side (ok).  The server's side still
;; arrives: initial metadata, a message (read from grpc_receive_buffer),
;; trailing metadata and the close each reach their callback.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream {{params proxy_grpc_stream}}))
  (import "env" "proxy_grpc_send"
    (func $grpc_send {{params proxy_grpc_send}}))
  (import "env" "proxy_grpc_close"
    (func $grpc_close {{params proxy_grpc_close}}))
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer {{params proxy_get_buffer_bytes}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  (data (i32.const 64) "only")
  ;; out slots: 256 token, 260 buffer pointer, 264 buffer length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 4) {{empty proxy_grpc_stream.initial_metadata}} (i32.const 256)))
    (drop (call $grpc_send (i32.load (i32.const 256)) (i32.const 64) (i32.const 4)
                           (i32.const 0)))
    (drop (call $grpc_close (i32.load (i32.const 256))))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive_initial_metadata") (param i32 i32 i32))
  (func (export "proxy_on_grpc_receive")
      (param $ctx i32) (param $token i32) (param $size i32)
    (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0) (local.get $size)
                            (i32.const 260) (i32.const 264))))
  (func (export "{{export proxy_on_grpc_receive_trailing_metadata}}") (param i32 i32 i32))
  (func (export "proxy_on_grpc_close") (param i32 i32 i32)))
