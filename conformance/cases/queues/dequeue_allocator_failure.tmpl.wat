;; proxy_dequeue_shared_queue when the guest allocator fails: malloc
;; returns 0, then an address whose range runs past the end of memory
;; (65534 for 4 bytes).  Both are invalid_memory_access.  Two items are
;; queued, so a host that drops an item per failure still has one.
;; proxy_on_queue_ready does nothing.
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_enqueue_shared_queue"
    (func $enqueue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_dequeue_shared_queue"
    (func $dequeue (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "jobs")
  (data (i32.const 32) "item")
  ;; out slots: 256 token, 260 data pointer, 264 data length
  ;; $next: what malloc returns (0 and 65534 simulate failures)
  (global $next (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param i32) (result i32) (global.get $next))
  (func $take
    (drop (call $dequeue (i32.load (i32.const 256)) (i32.const 260)
                         (i32.const 264))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 4)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 4)))
    (global.set $next (i32.const 0))
    (call $take)
    (global.set $next (i32.const 65534))
    (call $take)
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32)))
