;; Queue names are byte strings: "jobs" and "jobs\00" (the same name plus
;; a NUL) are two queues with two different non-zero tokens; registering
;; "jobs" again gives back its first token, and resolving each name gives
;; its own token (the guest traps otherwise).  One item goes into each;
;; the two proxy_on_queue_ready calls come in enqueue order, each with the
;; token of the queue that got the item, and each dequeues through the
;; token it was given: "to-jobs" first, then "to-jobs-nul".
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
  (data (i32.const 16) "jobs\00")
  (data (i32.const 32) "to-jobs")
  (data (i32.const 48) "to-jobs-nul")
  ;; out slots: 256 "jobs", 260 "jobs\00", 264 "jobs" again,
  ;; 268 resolved "jobs", 272 resolved "jobs\00", 280 data ptr, 284 length
  (global $seen (mut i32) (i32.const 0))
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
    (drop (call $register (i32.const 16) (i32.const 5) (i32.const 260)))
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 264)))
    (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 16) (i32.const 4)
                         (i32.const 268)))
    (drop (call $resolve (i32.const 0) (i32.const 0) (i32.const 16) (i32.const 5)
                         (i32.const 272)))
    (if (i32.eqz (i32.load (i32.const 256))) (then unreachable))
    (if (i32.eqz (i32.load (i32.const 260))) (then unreachable))
    (if (i32.eq (i32.load (i32.const 256)) (i32.load (i32.const 260)))
      (then unreachable))
    (if (i32.ne (i32.load (i32.const 256)) (i32.load (i32.const 264)))
      (then unreachable))
    (if (i32.ne (i32.load (i32.const 256)) (i32.load (i32.const 268)))
      (then unreachable))
    (if (i32.ne (i32.load (i32.const 260)) (i32.load (i32.const 272)))
      (then unreachable))
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 7)))
    (drop (call $enqueue (i32.load (i32.const 260)) (i32.const 48) (i32.const 11)))
    (i32.const 1))
  ;; the first notification is for "jobs", the second for "jobs\00"
  (func (export "proxy_on_queue_ready") (param i32) (param $token i32)
    (if (i32.ne (local.get $token)
                (i32.load (select (i32.const 256) (i32.const 260)
                                  (i32.eqz (global.get $seen)))))
      (then unreachable))
    (global.set $seen (i32.add (global.get $seen) (i32.const 1)))
    (drop (call $dequeue (local.get $token) (i32.const 280) (i32.const 284)))))
