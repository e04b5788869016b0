;; An empty value (non-null pointer, length 0) is stored as such: the key
;; exists and reads back as pointer 0, length 0, without an allocation
;; (the allocator traps if it is called).  The value slots are preset to
;; 0xaa so the zeros written by the host are visible.
(module
  (import "env" "proxy_set_shared_data"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_shared_data"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "empty")
  (data (i32.const 32) "unused")
  ;; out slots: 256 value pointer, 260 value length, 264 cas
  (data (i32.const 256) "\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) unreachable)
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $set (i32.const 16) (i32.const 5) (i32.const 32) (i32.const 0)
                     (i32.const 0)))
    (drop (call $get (i32.const 16) (i32.const 5) (i32.const 256)
                     (i32.const 260) (i32.const 264)))
    (if (i32.load (i32.const 256)) (then unreachable))
    (if (i32.load (i32.const 260)) (then unreachable))
    (i32.const 1)))
