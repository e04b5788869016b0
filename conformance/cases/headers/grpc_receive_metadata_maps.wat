;; headers/grpc_receive_metadata_maps: a gRPC stream opened in on_configure
;; receives initial and trailing metadata; inside
;; on_grpc_receive_initial_metadata the map grpc_receive_initial_metadata
;; (5), and inside on_grpc_trailing_metadata the map
;; grpc_receive_trailing_metadata (6), are read: one value, pairs, size.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")     ;; 7
  (data (i32.const 32) "pkg.Svc")     ;; 7
  (data (i32.const 48) "Watch")       ;; 5
  (data (i32.const 64) "k1")          ;; 2
  (func (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
                             (i32.const 48) (i32.const 5) (i32.const 600)))
    (i32.const 1))
  (func $read (param $t i32)
    (drop (call $get (local.get $t) (i32.const 64) (i32.const 2) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (local.get $t) (i32.const 512) (i32.const 516)))
    (drop (call $size (local.get $t) (i32.const 520))))
  (func (export "proxy_on_grpc_receive_initial_metadata") (param i32 i32 i32)
    (call $read (i32.const 5)))
  (func (export "proxy_on_grpc_trailing_metadata") (param i32 i32 i32)
    (call $read (i32.const 6))))
