;; Enqueue and dequeue with tokens that name no queue: 0 (never a valid
;; token) and 0x7fffffff (no queue was ever registered in this VM); then,
;; once "jobs" is registered, its token + 1 (the next token a host would
;; give) and 0 again (still no queue, though one exists now).  All eight
;; calls are not_found; no proxy_on_queue_ready follows
;; and the data slots (preset to 0xaa bytes) are not written.
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
  (data (i32.const 32) "lost")
  ;; out slots: 256 token, 260 data pointer, 264 data length
  (data (i32.const 260) "\aa\aa\aa\aa\aa\aa\aa\aa")
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $enqueue (i32.const 0) (i32.const 32) (i32.const 4)))
    (drop (call $enqueue (i32.const 0x7fffffff) (i32.const 32) (i32.const 4)))
    (drop (call $dequeue (i32.const 0) (i32.const 260) (i32.const 264)))
    (drop (call $dequeue (i32.const 0x7fffffff) (i32.const 260) (i32.const 264)))
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $enqueue (i32.add (i32.load (i32.const 256)) (i32.const 1))
                         (i32.const 32) (i32.const 4)))
    (drop (call $dequeue (i32.add (i32.load (i32.const 256)) (i32.const 1))
                         (i32.const 260) (i32.const 264)))
    (drop (call $enqueue (i32.const 0) (i32.const 32) (i32.const 4)))
    (drop (call $dequeue (i32.const 0) (i32.const 260) (i32.const 264)))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32) unreachable))
