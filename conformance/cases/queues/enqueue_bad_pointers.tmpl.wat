;; proxy_enqueue_shared_queue on a registered queue with a bad data
;; pointer: out of bounds (65536 + 1), ptr + len wrapping past 2^32
;; (0xfffffff0 + 32), a length past the end of memory (32 + 65505).
;; Nothing is queued, so no proxy_on_queue_ready follows and a dequeue
;; finds the queue empty.
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
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 65536) (i32.const 1)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const -16) (i32.const 32)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 65505)))
    (drop (call $dequeue (i32.load (i32.const 256)) (i32.const 260) (i32.const 264)))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32) unreachable))
