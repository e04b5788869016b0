;; Items come out in the order they went in, an empty item included:
;; enqueue "first", "", "third", then dequeue three times from the same
;; callback.  The empty item reads back as pointer 0, length 0.
;; proxy_on_queue_ready (once per enqueue, afterwards) does nothing.
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
  (data (i32.const 32) "first")
  (data (i32.const 48) "third")
  ;; out slots: 256 token, 260 data pointer, 264 data length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $take
    (drop (call $dequeue (i32.load (i32.const 256)) (i32.const 260)
                         (i32.const 264))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 5)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 40) (i32.const 0)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 48) (i32.const 5)))
    (call $take)
    (call $take)
    (call $take)
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32)))
