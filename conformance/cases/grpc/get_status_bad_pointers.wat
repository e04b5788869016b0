;; proxy_get_status inside proxy_on_grpc_close (status unknown, message
;; "boom") with one bad out-pointer at a time.  code, message and
;; message_len: out of bounds (65536), ptr + 4 wrapping past 2^32
;; (0xfffffffe), straddling the end of memory (65534 + 4).  A good call
;; then reads (2, "boom").
(module
  (import "env" "proxy_grpc_stream"
    (func $grpc_stream (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status"
    (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "cluster_a")
  (data (i32.const 32) "pkg.Chat")
  (data (i32.const 48) "Talk")
  ;; out slots: 256 token, 272 code, 276 message pointer, 280 message length
  (global $heap (mut i32) (i32.const 1024))
  (func (export "malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap
      (i32.and (i32.add (i32.add (local.get $p) (local.get $n)) (i32.const 7))
               (i32.const -8)))
    (local.get $p))
  (func (export "proxy_on_create") (param i32 i32))
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_stream (i32.const 16) (i32.const 9) (i32.const 32) (i32.const 8)
                             (i32.const 48) (i32.const 4) (i32.const 256)))
    (i32.const 1))
  (func (export "proxy_on_grpc_close") (param i32 i32 i32)
    ;; code
    (drop (call $get_status (i32.const 65536) (i32.const 276) (i32.const 280)))
    (drop (call $get_status (i32.const -2) (i32.const 276) (i32.const 280)))
    (drop (call $get_status (i32.const 65534) (i32.const 276) (i32.const 280)))
    ;; message
    (drop (call $get_status (i32.const 272) (i32.const 65536) (i32.const 280)))
    (drop (call $get_status (i32.const 272) (i32.const -2) (i32.const 280)))
    (drop (call $get_status (i32.const 272) (i32.const 65534) (i32.const 280)))
    ;; message_len
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 65536)))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const -2)))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 65534)))
    (drop (call $get_status (i32.const 272) (i32.const 276) (i32.const 280)))))
