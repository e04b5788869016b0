;; Many items keep their order.  The first on_configure (empty
;; configuration) registers "many" and enqueues 300 items; item i is i
;; bytes long (i mod 7, 0 to 6 bytes) of the value i mod 256, so items of
;; different lengths, empty ones included, are interleaved.  Each of the
;; 300 proxy_on_queue_ready calls checks its root and token and counts.
;; The second on_configure (configuration "check") dequeues 300 items,
;; checking each one's length and bytes, then expects `empty` (7), and
;; that on_queue_ready ran exactly 300 times; it returns 1 only if all of
;; this holds (0: the driver reports `rejected`).
(module
  (import "env" "proxy_register_shared_queue"
    (func $register (param i32 i32 i32) (result i32)))
  (import "env" "proxy_enqueue_shared_queue"
    (func $enqueue (param i32 i32 i32) (result i32)))
  (import "env" "proxy_dequeue_shared_queue"
    (func $dequeue (param i32 i32 i32) (result i32)))
  (memory (export "memory") 2)
  {{marker}}
  (data (i32.const 16) "many")
  ;; out slots: 256 token, 272 data pointer, 276 data length;
  ;; 512: the item being built
  (global $root (mut i32) (i32.const 0))
  (global $ready (mut i32) (i32.const 0))
  (global $heap (mut i32) (i32.const 65536))
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
  ;; item i: (i mod 7) bytes, each i mod 256, built at 512
  (func $len (param $i i32) (result i32)
    (i32.rem_u (local.get $i) (i32.const 7)))
  (func $build (param $i i32)
    (memory.fill (i32.const 512) (local.get $i) (call $len (local.get $i))))
  (func $check (param $i i32) (result i32)
    (local $p i32) (local $k i32)
    (if (i32.ne (call $dequeue (i32.load (i32.const 256)) (i32.const 272)
                               (i32.const 276)) (i32.const 0))
      (then (return (i32.const 0))))
    (if (i32.ne (i32.load (i32.const 276)) (call $len (local.get $i)))
      (then (return (i32.const 0))))
    (local.set $p (i32.load (i32.const 272)))
    (block $done
      (loop $each
        (br_if $done (i32.eq (local.get $k) (call $len (local.get $i))))
        (if (i32.ne (i32.load8_u (i32.add (local.get $p) (local.get $k)))
                    (i32.and (local.get $i) (i32.const 255)))
          (then (return (i32.const 0))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $each)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32) (param $len i32) (result i32)
    (local $i i32)
    (if (i32.eqz (local.get $len))
      (then
        (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
        (block $done
          (loop $put
            (br_if $done (i32.eq (local.get $i) (i32.const 300)))
            (call $build (local.get $i))
            (if (i32.ne (call $enqueue (i32.load (i32.const 256)) (i32.const 512)
                                       (call $len (local.get $i)))
                        (i32.const 0))
              (then (return (i32.const 0))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $put)))
        (return (i32.const 1))))
    (block $done
      (loop $take
        (br_if $done (i32.eq (local.get $i) (i32.const 300)))
        (if (i32.eqz (call $check (local.get $i))) (then (return (i32.const 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $take)))
    (if (i32.ne (call $dequeue (i32.load (i32.const 256)) (i32.const 272)
                               (i32.const 276)) (i32.const 7))
      (then (return (i32.const 0))))
    (i32.eq (global.get $ready) (i32.const 300)))
  (func (export "proxy_on_queue_ready") (param $ctx i32) (param $token i32)
    (if (i32.ne (local.get $ctx) (global.get $root)) (then unreachable))
    (if (i32.ne (local.get $token) (i32.load (i32.const 256))) (then unreachable))
    (global.set $ready (i32.add (global.get $ready) (i32.const 1)))))
