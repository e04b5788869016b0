;; proxy_register_shared_queue with one bad pointer at a time.  Name:
;; out of bounds (65536 + 1), ptr + len wrapping past 2^32 (0xfffffff0 +
;; 32), a length past the end of memory (16 + 65521).  Token out-pointer:
;; out of bounds (65536), wrapping (0xfffffffe + 4), straddling the end
;; of memory (65534 + 4).
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "jobs")
  ;; out slot: 256 token
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; queue_name
    (drop (call $register (i32.const 65536) (i32.const 1) (i32.const 256)))
    (drop (call $register (i32.const -16) (i32.const 32) (i32.const 256)))
    (drop (call $register (i32.const 16) (i32.const 65521) (i32.const 256)))
    ;; token
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 65536)))
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const -2)))
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 65534)))
    (i32.const 1)))
