;; An enqueue made inside proxy_on_queue_ready is announced like any
;; other: on_configure enqueues "ping"; the proxy_on_queue_ready for it
;; dequeues "ping" and enqueues "pong" into the same queue; a second
;; proxy_on_queue_ready follows (after the first returns) and dequeues
;; "pong", and enqueues nothing more.
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
  (data (i32.const 32) "ping")
  (data (i32.const 48) "pong")
  ;; out slots: 256 token, 260 data pointer, 264 data length
  (global $depth (mut i32) (i32.const 0))
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
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 4)))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32) (param $token i32)
    ;; not re-entered: the second call comes after the first returned
    (if (global.get $depth) (then unreachable))
    (global.set $depth (i32.const 1))
    (drop (call $dequeue (local.get $token) (i32.const 260) (i32.const 264)))
    ;; the item was "ping": answer with "pong"
    (if (i32.eq (i32.load (i32.load (i32.const 260))) (i32.load (i32.const 32)))
      (then (drop (call $enqueue (local.get $token) (i32.const 48)
                                 (i32.const 4)))))
    (global.set $depth (i32.const 0))))
