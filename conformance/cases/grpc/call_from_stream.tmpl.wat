;; A gRPC call made from a stream context belongs to its root context:
;; on_request_headers starts a call, and the answer arrives in
;; proxy_on_grpc_receive for the root context (the guest traps if it names
;; any other context), where the message is read.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call {{params proxy_grpc_call}}))
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer {{params proxy_get_buffer_bytes}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Echo")
  (data (i32.const 48) "Say")
  (data (i32.const 64) "ping")
  ;; out slots: 256 token, 260 buffer pointer, 264 buffer length
  (global $root (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) {{empty proxy_grpc_call.initial_metadata}} (i32.const 64) (i32.const 4)
                           (i32.const 1000) (i32.const 256)))
    (i32.const 0))
  (func (export "proxy_on_grpc_receive")
      (param $ctx i32) (param $token i32) (param $size i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0) (local.get $size)
                            (i32.const 260) (i32.const 264)))))
