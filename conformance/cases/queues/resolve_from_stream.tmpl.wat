;; A stream context enqueues into a queue its root registered, through a
;; token it resolved itself (empty vm_id: its own VM).  The root context
;; registered "jobs" in on_configure; on_request_headers resolves "jobs"
;; and enqueues "from s"; proxy_on_queue_ready then names the root (the
;; guest traps otherwise), which dequeues the item.
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
  (data (i32.const 16) "jobs")
  (data (i32.const 32) "from s")
  ;; out slots: 256 registered token, 260 resolved token,
  ;; 264 data pointer, 268 data length
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
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 16) (i32.const 4)
                         (i32.const 260)))
    (drop (call $enqueue (i32.load (i32.const 260)) (i32.const 32) (i32.const 6)))
    (i32.const 0))
  (func (export "proxy_on_queue_ready") (param $ctx i32) (param $token i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (drop (call $dequeue (local.get $token) (i32.const 264) (i32.const 268)))))
