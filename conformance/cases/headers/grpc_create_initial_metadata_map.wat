;; headers/grpc_create_initial_metadata_map: a gRPC call made in
;; on_configure; the host then calls on_grpc_create_initial_metadata, where
;; the map grpc_create_initial_metadata (4) is writable: set pairs, add
;; two entries, replace one, remove the other, then read it back (a
;; value, pairs, size).  The
;; call goes out with the resulting metadata.
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
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
  (data (i32.const 48) "Get")         ;; 3
  (data (i32.const 64) "req")         ;; 3
  (data (i32.const 80) "x-a")         ;; 3
  (data (i32.const 96) "x-b")         ;; 3
  (data (i32.const 112) "1")          ;; 1
  (data (i32.const 128) "2")          ;; 1
  ;; {x-old: 0}, 20 bytes
  (data (i32.const 144) "\01\00\00\00\05\00\00\00\01\00\00\00x-old\000\00")
  (func (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
                           (i32.const 48) (i32.const 3) (i32.const 64) (i32.const 3)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  (func (export "proxy_on_grpc_create_initial_metadata") (param i32 i32 i32)
    (drop (call $set (i32.const 4) (i32.const 144) (i32.const 20)))      ;; {x-old: 0}
    (drop (call $add (i32.const 4) (i32.const 80) (i32.const 3) (i32.const 112) (i32.const 1)))   ;; + x-a: 1
    (drop (call $add (i32.const 4) (i32.const 96) (i32.const 3) (i32.const 112) (i32.const 1)))   ;; + x-b: 1
    (drop (call $replace (i32.const 4) (i32.const 96) (i32.const 3) (i32.const 128) (i32.const 1)))  ;; x-b := 2
    (drop (call $remove (i32.const 4) (i32.const 80) (i32.const 3)))    ;; - x-a
    (drop (call $get (i32.const 4) (i32.const 96) (i32.const 3) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (i32.const 4) (i32.const 512) (i32.const 516)))
    (drop (call $size (i32.const 4) (i32.const 520)))))
