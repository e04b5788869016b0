;; headers/maps_from_root: from a root context (on_configure) no header map
;; is available.  For each headers_type (0..8 in v1alpha, 0..7 from
;; 0.1.0): add, get value, replace,
;; remove, set pairs and get size are bad_argument; get pairs is ok (a map
;; that does not exist reads as empty; its encoding is not checked here).
(module
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-a")
  (data (i32.const 32) "1")
  (data (i32.const 48) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")  ;; {x-a: 1}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (local $t i32)
    (loop $next
      (drop (call $add (local.get $t) (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 1)))
      (drop (call $get (local.get $t) (i32.const 16) (i32.const 3) (i32.const 512) (i32.const 516)))
      (drop (call $replace (local.get $t) (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 1)))
      (drop (call $remove (local.get $t) (i32.const 16) (i32.const 3)))
      (drop (call $set (local.get $t) (i32.const 48) (i32.const 18)))
      (drop (call $size (local.get $t) (i32.const 512)))
      (drop (call $pairs (local.get $t) (i32.const 512) (i32.const 516)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br_if $next (i32.le_u (local.get $t) (i32.const {{map http_call_response_trailers}}))))
    (i32.const 1)))
