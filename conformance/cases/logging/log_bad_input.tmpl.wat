;; proxy_log with a bad level and bad message pointers: out of bounds,
;; ptr + len wrapping past 2^32, a length past the end of memory, and
;; an empty message exactly at the end (valid).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "x")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $log (i32.const 6) (i32.const 16) (i32.const 1)))
    (drop (call $log (i32.const -1) (i32.const 16) (i32.const 1)))
    (drop (call $log (i32.const 2) (i32.const 65536) (i32.const 1)))
    (drop (call $log (i32.const 2) (i32.const -16) (i32.const 32)))
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 65521)))
    (drop (call $log (i32.const 2) (i32.const 65536) (i32.const 0)))
    (i32.const 1)))
