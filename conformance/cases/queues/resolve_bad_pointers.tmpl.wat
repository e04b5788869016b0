;; proxy_resolve_shared_queue of a registered queue, with one bad pointer
;; at a time.  vm_id and queue_name: out of bounds (65536 + 1), wrapping
;; past 2^32 (0xfffffff0 + 32), a length past the end of memory (ptr +
;; 65521 > 65536).  Token out-pointer: out of bounds (65536), wrapping
;; (0xfffffffe + 4), straddling the end of memory (65534 + 4).
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_resolve_shared_queue"
    (func $resolve (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "jobs")
  ;; out slots: 256 registered token, 260 resolved token
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    ;; vm_id
    (drop (call $resolve (i32.const 65536) (i32.const 1)
                         (i32.const 16) (i32.const 4) (i32.const 260)))
    (drop (call $resolve (i32.const -16) (i32.const 32)
                         (i32.const 16) (i32.const 4) (i32.const 260)))
    (drop (call $resolve (i32.const 32) (i32.const 65521)
                         (i32.const 16) (i32.const 4) (i32.const 260)))
    ;; queue_name
    (drop (call $resolve (i32.const 0) (i32.const 0)
                         (i32.const 65536) (i32.const 1) (i32.const 260)))
    (drop (call $resolve (i32.const 0) (i32.const 0)
                         (i32.const -16) (i32.const 32) (i32.const 260)))
    (drop (call $resolve (i32.const 0) (i32.const 0)
                         (i32.const 16) (i32.const 65521) (i32.const 260)))
    ;; token
    (drop (call $resolve (i32.const 0) (i32.const 0)
                         (i32.const 16) (i32.const 4) (i32.const 65536)))
    (drop (call $resolve (i32.const 0) (i32.const 0)
                         (i32.const 16) (i32.const 4) (i32.const -2)))
    (drop (call $resolve (i32.const 0) (i32.const 0)
                         (i32.const 16) (i32.const 4) (i32.const 65534)))
    (i32.const 1)))
