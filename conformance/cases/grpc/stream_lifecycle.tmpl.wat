;; A gRPC stream from open to close.  on_configure opens
;; proxy_grpc_stream(cluster "cluster_a", "pkg.Chat", "Talk") and sends
;; "hello".  Then the driver delivers, in order: initial metadata (2
;; entries; the guest reads "x-server" from map
;; grpc_receive_initial_metadata), two messages (read from buffer
;; grpc_receive_buffer; after the first the guest sends "bye" with
;; end_stream), trailing metadata (1 entry, read from map
;; grpc_receive_trailing_metadata) and the close with status ok
;; (proxy_get_status gives code 0 and an empty message).  Every callback
;; traps if it names another context or token, or a wrong count.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream {{params proxy_grpc_stream}}))
  (import "env" "proxy_grpc_send"
    (func $grpc_send {{params proxy_grpc_send}}))
  (import "env" "proxy_get_header_map_value"
    (func $get_header {{params proxy_get_header_map_value}}))
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer {{params proxy_get_buffer_bytes}}))
  (import "env" "proxy_get_status"
    (func $get_status {{params proxy_get_status}}))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  (data (i32.const 64) "hello")
  (data (i32.const 80) "bye")
  (data (i32.const 96) "x-server")
  (data (i32.const 112) "x-trailer")
  ;; out slots: 256 token, 260 value/buffer pointer, 264 its length,
  ;; 272 status code, 276 message pointer, 280 message length
  (global $root (mut i32) (i32.const 0))
  (global $received (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $check (param $ctx i32) (param $token i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (i32.ne (local.get $token) (i32.load (i32.const 256))) (then unreachable)))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 4) {{empty proxy_grpc_stream.initial_metadata}} (i32.const 256)))
    (drop (call $grpc_send (i32.load (i32.const 256)) (i32.const 64) (i32.const 5)
                           (i32.const 0)))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive_initial_metadata")
      (param $ctx i32) (param $token i32) (param $count i32)
    (call $check (local.get $ctx) (local.get $token))
    (if (i32.ne (local.get $count) (i32.const 2)) (then unreachable))
    (drop (call $get_header (i32.const {{map grpc_receive_initial_metadata}}) (i32.const 96) (i32.const 8)
                            (i32.const 260) (i32.const 264))))
  (func (export "proxy_on_grpc_receive")
      (param $ctx i32) (param $token i32) (param $size i32)
    (call $check (local.get $ctx) (local.get $token))
    (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0) (local.get $size)
                            (i32.const 260) (i32.const 264)))
    (global.set $received (i32.add (global.get $received) (i32.const 1)))
    (if (i32.eq (global.get $received) (i32.const 1))
      (then (drop (call $grpc_send (local.get $token) (i32.const 80) (i32.const 3)
                                   (i32.const 1))))))
  (func (export "{{export proxy_on_grpc_receive_trailing_metadata}}")
      (param $ctx i32) (param $token i32) (param $count i32)
    (call $check (local.get $ctx) (local.get $token))
    (if (i32.ne (local.get $count) (i32.const 1)) (then unreachable))
    (drop (call $get_header (i32.const {{map grpc_receive_trailing_metadata}}) (i32.const 112) (i32.const 9)
                            (i32.const 260) (i32.const 264))))
  (func (export "proxy_on_grpc_close")
      (param $ctx i32) (param $token i32) (param $status i32)
    (call $check (local.get $ctx) (local.get $token))
    (if (local.get $status) (then unreachable))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280)))))
