;; Zero-length strings whose pointer is at or past the end of memory (1
;; page: 65536 bytes).  At 65536 (ptr + len = the memory size) a
;; zero-length string is inside memory: the queue with the empty name is
;; registered there, resolved with an empty vm_id there (the same token;
;; the guest traps otherwise), and an empty item enqueued from there.  At
;; 65537 or 0xffffffff it is not: invalid_memory_access for the name, the
;; vm_id and the item, and nothing is queued.  Each proxy_on_queue_ready
;; dequeues one item: the one empty item, then the queue is empty.
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_resolve_shared_queue"
    (func $resolve (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_enqueue_shared_queue"
    (func $enqueue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_dequeue_shared_queue"
    (func $dequeue (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  ;; out slots: 256 registered token, 260 resolved token,
  ;; 264 data pointer, 268 data length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    ;; at the end of memory: inside
    (drop (call $register (i32.const 65536) (i32.const 0) (i32.const 256)))
    (drop (call $resolve (i32.const 65536) (i32.const 0) (i32.const 65536)
                         (i32.const 0) (i32.const 260)))
    (if (i32.ne (i32.load (i32.const 256)) (i32.load (i32.const 260)))
      (then unreachable))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 65536) (i32.const 0)))
    ;; past it: outside
    (drop (call $register (i32.const 65537) (i32.const 0) (i32.const 256)))
    (drop (call $resolve (i32.const -1) (i32.const 0) (i32.const 16)
                         (i32.const 0) (i32.const 260)))
    (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 65537)
                         (i32.const 0) (i32.const 260)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 65537) (i32.const 0)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const -1) (i32.const 0)))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32) (param $token i32)
    (drop (call $dequeue (local.get $token) (i32.const 264) (i32.const 268)))
    (drop (call $dequeue (local.get $token) (i32.const 264) (i32.const 268)))))
