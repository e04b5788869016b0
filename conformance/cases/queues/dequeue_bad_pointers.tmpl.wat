;; proxy_dequeue_shared_queue with one bad out-pointer at a time, on a
;; queue holding six items (a host may lose one item per failed call).
;; data and data_len: out of bounds (65536), wrapping past 2^32
;; (0xfffffffe + 4), straddling the end of memory (65534 + 4).
;; proxy_on_queue_ready (once per enqueue) does nothing.
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
  (global $heap (mut i32) (i32.const 1024))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func $put
    (drop (call $enqueue (i32.load (i32.const 256)) (i32.const 32) (i32.const 4))))
  (func $take (param $data i32) (param $len i32)
    (drop (call $dequeue (i32.load (i32.const 256)) (local.get $data)
                         (local.get $len))))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $register (i32.const 16) (i32.const 4) (i32.const 256)))
    (call $put) (call $put) (call $put) (call $put) (call $put) (call $put)
    ;; data
    (call $take (i32.const 65536) (i32.const 264))
    (call $take (i32.const -2) (i32.const 264))
    (call $take (i32.const 65534) (i32.const 264))
    ;; data_len
    (call $take (i32.const 260) (i32.const 65536))
    (call $take (i32.const 260) (i32.const -2))
    (call $take (i32.const 260) (i32.const 65534))
    (i32.const 1))
  (func (export "proxy_on_queue_ready") (param i32 i32)))
