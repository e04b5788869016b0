;; grpc/stream_with_initial_metadata (0.1.0 on: proxy_grpc_stream has 9
;; parameters, the initial metadata a pairs argument).  Selected by the
;; configuration length:
;;   0: proxy_grpc_stream(cluster "cluster_a", "pkg.Chat", "Talk",
;;      metadata {x-trace: t1}) and proxy_grpc_send "hello";
;;   1: outside any gRPC callback, read x-server from the received
;;      initial and trailing metadata maps and 16 bytes of the receive
;;      buffer.
;; Each map or buffer is readable only during its own callback:
;;   initial metadata: read x-server (ok), add to the map (read-only),
;;     read the trailing metadata map (not yet delivered);
;;   receive: read the message, read the initial metadata map (gone),
;;     then send "bye" with end_stream;
;;   trailing metadata: read x-trailer;
;;   close: proxy_get_status.
;; Every callback traps if it names another context or token.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_grpc_send"
    (func $grpc_send (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get_header (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add_header (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  (data (i32.const 64) "hello")
  (data (i32.const 80) "bye")
  (data (i32.const 96) "x-server")
  (data (i32.const 112) "x-trailer")
  ;; {x-trace: t1}, 23 bytes
  (data (i32.const 128) "\01\00\00\00\07\00\00\00\02\00\00\00x-trace\00t1\00")
  ;; out slots: 256 token, 260 value/buffer pointer, 264 its length,
  ;; 272 status code, 276 message pointer, 280 message length
  (global $root (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $check (param $ctx i32) (param $token i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (i32.ne (local.get $token) (i32.load (i32.const 256))) (then unreachable)))
  (func $get (param $map i32) (param $key i32) (param $len i32)
    (drop (call $get_header (local.get $map) (local.get $key) (local.get $len)
                            (i32.const 260) (i32.const 264))))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (if (i32.eqz (local.get 1))
      (then
        (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                                 (i32.const 48) (i32.const 4) (i32.const 128) (i32.const 23)
                                 (i32.const 256)))
        (drop (call $grpc_send (i32.load (i32.const 256)) (i32.const 64) (i32.const 5)
                               (i32.const 0))))
      (else
        (call $get (i32.const {{map grpc_receive_initial_metadata}}) (i32.const 96) (i32.const 8))
        (call $get (i32.const {{map grpc_receive_trailing_metadata}}) (i32.const 112) (i32.const 9))
        (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0)
                                (i32.const 16) (i32.const 260) (i32.const 264)))))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive_initial_metadata")
      (param $ctx i32) (param $token i32) (param $count i32)
    (call $check (local.get $ctx) (local.get $token))
    (if (i32.ne (local.get $count) (i32.const 2)) (then unreachable))
    (call $get (i32.const {{map grpc_receive_initial_metadata}}) (i32.const 96) (i32.const 8))
    (drop (call $add_header (i32.const {{map grpc_receive_initial_metadata}})
                            (i32.const 96) (i32.const 8) (i32.const 80) (i32.const 3)))
    (call $get (i32.const {{map grpc_receive_trailing_metadata}}) (i32.const 112) (i32.const 9)))
  (func (export "proxy_on_grpc_receive")
      (param $ctx i32) (param $token i32) (param $size i32)
    (call $check (local.get $ctx) (local.get $token))
    (drop (call $get_buffer (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0)
                            (local.get $size) (i32.const 260) (i32.const 264)))
    (call $get (i32.const {{map grpc_receive_initial_metadata}}) (i32.const 96) (i32.const 8))
    (drop (call $grpc_send (local.get $token) (i32.const 80) (i32.const 3) (i32.const 1))))
  (func (export "{{export proxy_on_grpc_receive_trailing_metadata}}")
      (param $ctx i32) (param $token i32) (param $count i32)
    (call $check (local.get $ctx) (local.get $token))
    (if (i32.ne (local.get $count) (i32.const 1)) (then unreachable))
    (call $get (i32.const {{map grpc_receive_trailing_metadata}}) (i32.const 112) (i32.const 9)))
  (func (export "proxy_on_grpc_close")
      (param $ctx i32) (param $token i32) (param $status i32)
    (call $check (local.get $ctx) (local.get $token))
    (if (local.get $status) (then unreachable))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280)))))
