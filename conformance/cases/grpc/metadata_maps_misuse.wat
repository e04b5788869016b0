;; The gRPC maps and buffer outside their callbacks, and the received
;; metadata written to.  In on_configure: adding to
;; grpc_create_initial_metadata (4) is bad_argument (writable only inside
;; its hook); reading grpc_receive_initial_metadata (5) and
;; grpc_receive_trailing_metadata (6) is bad_argument (not available);
;; reading grpc_receive_buffer (5) is not_found.  Then a stream is opened,
;; and inside proxy_on_grpc_receive_initial_metadata adding to map 5
;; (read-only) is bad_argument while reading it works.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add_header (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get_header (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  (data (i32.const 80) "x-md")
  (data (i32.const 96) "v")
  ;; out slots: 256 token, 260 value pointer, 264 value length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "proxy_on_create") (param i32 i32))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $add_header (i32.const 4) (i32.const 80) (i32.const 4)
                            (i32.const 96) (i32.const 1)))
    (drop (call $get_header (i32.const 5) (i32.const 80) (i32.const 4)
                            (i32.const 260) (i32.const 264)))
    (drop (call $get_header (i32.const 6) (i32.const 80) (i32.const 4)
                            (i32.const 260) (i32.const 264)))
    (drop (call $get_buffer (i32.const 5) (i32.const 0) (i32.const 16)
                            (i32.const 260) (i32.const 264)))
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 4) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_grpc_receive_initial_metadata")
      (param i32 i32 i32)
    (drop (call $add_header (i32.const 5) (i32.const 80) (i32.const 4)
                            (i32.const 96) (i32.const 1)))
    (drop (call $get_header (i32.const 5) (i32.const 80) (i32.const 4)
                            (i32.const 260) (i32.const 264)))))
