;; buffers/body_buffering: module of request_body_buffering and
;; response_body_buffering.  Each body callback logs the first
;; body_buffer_length digits of "0123456789" (so the log shows the length
;; argument), reads that many bytes of its body buffer, and returns the next
;; filter_data_status of a fixed list, one list per direction:
;;   1 0 0   stop_iteration_and_buffer, continue, continue     (stream a)
;;   2 0     stop_iteration_and_watermark, continue            (stream b)
;;   3 0     stop_iteration_no_buffer, continue                (stream c)
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (global $nreq (mut i32) (i32.const 0))
  (global $nresp (mut i32) (i32.const 0))
  (data (i32.const 128) "0123456789")
  (data (i32.const 256) "\01\00\00\02\00\03\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func $body (param $type i32) (param $len i32) (param $i i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 128) (local.get $len)))
    (drop (call $bytes (local.get $type) (i32.const 0) (local.get $len)
                       (i32.const 512) (i32.const 516)))
    (i32.load8_u (i32.add (i32.const 256) (local.get $i))))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (global.set $nreq (i32.add (global.get $nreq) (i32.const 1)))
    (call $body (i32.const {{buffer http_request_body}}) (local.get 1)
                (i32.sub (global.get $nreq) (i32.const 1))))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (global.set $nresp (i32.add (global.get $nresp) (i32.const 1)))
    (call $body (i32.const {{buffer http_response_body}}) (local.get 1)
                (i32.sub (global.get $nresp) (i32.const 1)))))
