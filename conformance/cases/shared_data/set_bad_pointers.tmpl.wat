;; proxy_set_shared_data with one bad pointer at a time, for the key and
;; for the value: out of bounds (65536 + 1), ptr + len wrapping past 2^32
;; (0xfffffff0 + 32), a length past the end of memory (16 + 65521).
;; Nothing is stored.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "k")
  (data (i32.const 32) "value")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; key
    (drop (call $set (i32.const 65536) (i32.const 1)
                     (i32.const 32) (i32.const 5) (i32.const 0)))
    (drop (call $set (i32.const -16) (i32.const 32)
                     (i32.const 32) (i32.const 5) (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 65521)
                     (i32.const 32) (i32.const 5) (i32.const 0)))
    ;; value
    (drop (call $set (i32.const 16) (i32.const 1)
                     (i32.const 65536) (i32.const 1) (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 1)
                     (i32.const -16) (i32.const 32) (i32.const 0)))
    (drop (call $set (i32.const 16) (i32.const 1)
                     (i32.const 32) (i32.const 65505) (i32.const 0)))
    (i32.const 1)))
