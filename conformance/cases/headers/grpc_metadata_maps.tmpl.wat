;; headers/grpc_metadata_maps: from 0.1.0 (proxy_grpc_stream takes initial
;; metadata; the maps are renumbered: grpc_receive_initial_metadata 4,
;; grpc_receive_trailing_metadata 5).  A stream opened in on_configure with
;; initial metadata {x-up: 1}.  In each metadata callback the received map
;; is read (a value, a missing key "x", pairs, size) and a change is tried (add: bad_argument,
;; read-only); the other metadata map is not available (bad_argument).
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")     ;; 7
  (data (i32.const 32) "pkg.Svc")     ;; 7
  (data (i32.const 48) "Watch")       ;; 5
  (data (i32.const 64) "k1")          ;; 2
  (data (i32.const 80) "x")           ;; 1
  ;; {x-up: 1}, 19 bytes
  (data (i32.const 96) "\01\00\00\00\04\00\00\00\01\00\00\00x-up\001\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
                             (i32.const 48) (i32.const 5) (i32.const 96) (i32.const 19)
                             (i32.const 600)))
    (i32.const 1))
  (func $read (param $t i32) (param $other i32)
    (drop (call $get (local.get $t) (i32.const 64) (i32.const 2) (i32.const 512) (i32.const 516)))
    (drop (call $get (local.get $t) (i32.const 80) (i32.const 1) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (local.get $t) (i32.const 512) (i32.const 516)))
    (drop (call $size (local.get $t) (i32.const 520)))
    (drop (call $add (local.get $t) (i32.const 64) (i32.const 2) (i32.const 80) (i32.const 1)))
    (drop (call $get (local.get $other) (i32.const 64) (i32.const 2) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_grpc_receive_initial_metadata") (param i32 i32 i32)
    (call $read (i32.const {{map grpc_receive_initial_metadata}})
                (i32.const {{map grpc_receive_trailing_metadata}})))
  (func (export "{{export proxy_on_grpc_receive_trailing_metadata}}") (param i32 i32 i32)
    (call $read (i32.const {{map grpc_receive_trailing_metadata}})
                (i32.const {{map grpc_receive_initial_metadata}}))))
