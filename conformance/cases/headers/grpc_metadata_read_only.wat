;; headers/grpc_metadata_read_only: a gRPC stream opened in on_configure.
;; In on_grpc_receive_initial_metadata the received map (5) is read-only:
;; add, replace, remove, set pairs are bad_argument; map 4 (outside its
;; callback) and map 6 (not received yet) are unavailable.  In
;; on_grpc_trailing_metadata map 6 is read-only and map 5 is gone.
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")     ;; 7
  (data (i32.const 32) "pkg.Svc")     ;; 7
  (data (i32.const 48) "Watch")       ;; 5
  (data (i32.const 64) "k1")          ;; 2
  (data (i32.const 80) "x")           ;; 1
  (data (i32.const 96) "\00\00\00\00")  ;; pairs: count 0
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
  (func $write (param $t i32)
    (drop (call $add (local.get $t) (i32.const 64) (i32.const 2) (i32.const 80) (i32.const 1)))
    (drop (call $replace (local.get $t) (i32.const 64) (i32.const 2) (i32.const 80) (i32.const 1)))
    (drop (call $remove (local.get $t) (i32.const 64) (i32.const 2)))
    (drop (call $set (local.get $t) (i32.const 96) (i32.const 4)))
    (drop (call $get (local.get $t) (i32.const 64) (i32.const 2) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_grpc_receive_initial_metadata") (param i32 i32 i32)
    (call $write (i32.const 5))
    (drop (call $add (i32.const 4) (i32.const 64) (i32.const 2) (i32.const 80) (i32.const 1)))
    (drop (call $get (i32.const 6) (i32.const 64) (i32.const 2) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_grpc_trailing_metadata") (param i32 i32 i32)
    (call $write (i32.const 6))
    (drop (call $get (i32.const 5) (i32.const 64) (i32.const 2) (i32.const 512) (i32.const 516)))))
