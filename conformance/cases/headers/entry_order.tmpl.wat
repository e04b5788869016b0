;; headers/entry_order: where entries end up.  The request carries
;;   a: 1, x: 1, b: 2, x: 2, c: 3
;; and on_request_headers, reading the pairs after each change:
;;   replace x = 9    the first x takes 9 in place; the second x goes
;;   remove b         the others keep their order
;;   add a = 0        appended at the end, not next to the other a
(module
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x")
  (data (i32.const 17) "9")
  (data (i32.const 18) "b")
  (data (i32.const 19) "a")
  (data (i32.const 20) "0")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func $read
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 516))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 16) (i32.const 1) (i32.const 17) (i32.const 1)))
    (call $read)
    (drop (call $remove (i32.const {{map request_headers}}) (i32.const 18) (i32.const 1)))
    (call $read)
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 19) (i32.const 1) (i32.const 20) (i32.const 1)))
    (call $read)
    (i32.const 0)))
