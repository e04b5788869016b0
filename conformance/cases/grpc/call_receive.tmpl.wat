;; A unary gRPC call that succeeds.  on_configure starts
;; proxy_grpc_call(cluster "cluster_a", "pkg.Echo", "Say", request "ping",
;; timeout 1000 ms).  The driver answers with one message "pong":
;; proxy_on_grpc_receive(root, token, 4) runs, and the guest reads the
;; message from buffer grpc_receive_buffer.  The guest traps if the
;; callback names another context or token, or a size other than 4.
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
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                           (i32.const 48) (i32.const 3) {{empty proxy_grpc_call.initial_metadata}} (i32.const 64) (i32.const 4)
                           (i32.const 1000) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive")
      (param $ctx i32) (param $token i32) (param $size i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (i32.ne (local.get $token) (i32.load (i32.const 256))) (then unreachable))
    (if (i32.ne (local.get $size) (i32.const 4)) (then unreachable))
    (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0) (local.get $size)
                            (i32.const 260) (i32.const 264)))))
