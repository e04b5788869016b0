;; headers/trailers_rw: in on_request_trailers and on_response_trailers,
;; read and change the trailers of the matching direction (types 1 and 3):
;; value, add, replace, remove, the map pairs-encoded and its size.
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "t1")     ;; 2
  (data (i32.const 32) "t2")     ;; 2
  (data (i32.const 48) "t3")     ;; 2
  (data (i32.const 64) "new")    ;; 3
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  ;; the same edits on map $t: get t1, remove t1, replace t2 := new,
  ;; add t3: new, pairs, size
  (func $edit (param $t i32)
    (drop (call $get (local.get $t) (i32.const 16) (i32.const 2) (i32.const 512) (i32.const 516)))
    (drop (call $remove (local.get $t) (i32.const 16) (i32.const 2)))
    (drop (call $replace (local.get $t) (i32.const 32) (i32.const 2) (i32.const 64) (i32.const 3)))
    (drop (call $add (local.get $t) (i32.const 48) (i32.const 2) (i32.const 64) (i32.const 3)))
    (drop (call $pairs (local.get $t) (i32.const 512) (i32.const 516)))
    (drop (call $size (local.get $t) (i32.const 520))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_trailers") (param i32 i32) (result i32)
    (call $edit (i32.const {{map request_trailers}}))
    (i32.const 0))
  (func (export "proxy_on_response_trailers") (param i32 i32) (result i32)
    (call $edit (i32.const {{map response_trailers}}))
    (i32.const 0)))
