;; buffers/set_buffer_bytes_splices: proxy_set_buffer_bytes on each of the
;; four writable buffers (request body, response body, downstream data,
;; upstream data) in its own callback, with the splices every host
;; supports.  A chunk without end of stream is edited:
;;   replace all   (start 0, length = the chunk's length)  "BODY"
;;   prepend       (start 0, length 0)                     "<"
;;   append        (start = the size, 5, length 0)         ">"
;;   append        (start 0xFFFFFFFF, length 0)            "!"
;; read back whole (expect "<BODY>!"), and held (status 1:
;; stop_iteration_and_buffer for bodies, stop_iteration for L4 data).  The
;; next chunk, with end of stream, is read whole (length: the callback's
;; argument) and passed on (status 0).
(module
  (import "env" "proxy_set_buffer_bytes"
    (func $set (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "BODY<>!")
  (global $heap (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $cb (param $t i32) (param $len i32) (param $eos i32) (result i32)
    (if (local.get $eos)
      (then
        (drop (call $bytes (local.get $t) (i32.const 0) (local.get $len) (i32.const 512) (i32.const 516)))
        (return (i32.const 0))))
    (drop (call $set (local.get $t) (i32.const 0) (local.get $len) (i32.const 16) (i32.const 4)))
    (drop (call $set (local.get $t) (i32.const 0) (i32.const 0) (i32.const 20) (i32.const 1)))
    (drop (call $set (local.get $t) (i32.const 5) (i32.const 0) (i32.const 21) (i32.const 1)))
    (drop (call $set (local.get $t) (i32.const -1) (i32.const 0) (i32.const 22) (i32.const 1)))
    (drop (call $bytes (local.get $t) (i32.const 0) (i32.const 100) (i32.const 512) (i32.const 516)))
    (i32.const 1))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $cb (i32.const {{buffer http_request_body}}) (local.get 1) (local.get 2)))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (call $cb (i32.const {{buffer http_response_body}}) (local.get 1) (local.get 2)))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (call $cb (i32.const {{buffer network_downstream_data}}) (local.get 1) (local.get 2)))
  (func (export "proxy_on_upstream_data") (param i32 i32 i32) (result i32)
    (call $cb (i32.const {{buffer network_upstream_data}}) (local.get 1) (local.get 2))))
