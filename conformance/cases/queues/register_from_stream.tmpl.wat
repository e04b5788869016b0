;; A queue registered from a stream context belongs to its root context:
;; on_request_headers registers "jobs" and enqueues an item, and the
;; proxy_on_queue_ready that follows names the root context (the guest
;; traps otherwise), which dequeues the item.
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
  (data (i32.const 32) "from-stream")
  ;; out slots: 256 token, 264 data pointer, 268 data length
  (global $root (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "{{export proxy_on_context_create}}") (param $ctx i32) (param $parent i32)
    (if (i32.eqz (local.get $parent)) (then (global.set $root (local.get $ctx)))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32)
                         (i32.const 11)))
    (i32.const 0))
  (func (export "proxy_on_queue_ready") (param $ctx i32) (param $token i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (drop (call $dequeue (local.get $token) (i32.const 264) (i32.const 268)))))
