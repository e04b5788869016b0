;; Shared by the 0.2.x stream control cases (continue_stream_*,
;; close_stream_*, stream_type_unknown, stream_control_elsewhere).
;; A command is the last two bytes of a body, of L4 data, or of the plugin
;; configuration: "c<d>" calls proxy_continue_stream(d - '0'), "x<d>"
;; proxy_close_stream(d - '0'), "X<d>" proxy_close_stream twice; '/' as
;; the digit is 0xffffffff.  Anything else calls nothing.
;; The callback first reads the whole buffer (so the case sees what it
;; holds), then runs the command, then (HTTP bodies) reads a header of the
;; side's header map (request: :path, response: :status) to show whether
;; the map is still there.  Header callbacks and L4 data stop iteration
;; (the stream is paused until continued); trailers read the same header.
;; The connection close callbacks log "peer<N>".  proxy_on_log is not
;; exported, so a stream's end is on_done then on_delete whatever order
;; the host uses for log.
(module
  (import "env" "proxy_get_buffer_bytes"
    (func $get_buffer (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get_header (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_continue_stream" (func $continue (param i32) (result i32)))
  (import "env" "proxy_close_stream" (func $close (param i32) (result i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) ":path")
  (data (i32.const 32) ":status")
  (data (i32.const 48) "peer0peer1peer2")
  (global $bump (mut i32) (i32.const 4096))
  {{marker}}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func $op (param $buffer i32) (param $len i32)
    (local $p i32) (local $c i32) (local $t i32)
    (if (i32.eqz (local.get $len)) (then (return)))
    (drop (call $get_buffer (local.get $buffer) (i32.const 0) (local.get $len)
      (i32.const 512) (i32.const 516)))
    (if (i32.lt_u (local.get $len) (i32.const 2)) (then (return)))
    (local.set $p (i32.add (i32.load (i32.const 512)) (i32.sub (local.get $len) (i32.const 2))))
    (local.set $c (i32.load8_u (local.get $p)))
    (local.set $t (i32.sub (i32.load8_u offset=1 (local.get $p)) (i32.const 48)))
    (if (i32.eq (local.get $c) (i32.const 99))   ;; 'c'
      (then (drop (call $continue (local.get $t)))))
    (if (i32.eq (local.get $c) (i32.const 120))  ;; 'x'
      (then (drop (call $close (local.get $t)))))
    (if (i32.eq (local.get $c) (i32.const 88))   ;; 'X'
      (then (drop (call $close (local.get $t)))
            (drop (call $close (local.get $t))))))
  (func $peek_request
    (drop (call $get_header (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5)
      (i32.const 520) (i32.const 524))))
  (func $peek_response
    (drop (call $get_header (i32.const {{map response_headers}}) (i32.const 32) (i32.const 7)
      (i32.const 520) (i32.const 524))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $op (i32.const {{buffer plugin_configuration}}) (local.get 1))
    (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (i32.const 1))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $op (i32.const {{buffer http_request_body}}) (local.get 1))
    (call $peek_request)
    (i32.const 0))
  (func (export "proxy_on_request_trailers") (param i32 i32) (result i32)
    (call $peek_request)
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (call $peek_request)
    (i32.const 1))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (call $op (i32.const {{buffer http_response_body}}) (local.get 1))
    (call $peek_response)
    (i32.const 0))
  (func (export "proxy_on_response_trailers") (param i32 i32) (result i32)
    (call $peek_response)
    (i32.const 0))
  (func (export "proxy_on_new_connection") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_downstream_data") (param i32 i32 i32) (result i32)
    (call $op (i32.const {{buffer network_downstream_data}}) (local.get 1))
    (i32.const 1))
  (func (export "proxy_on_upstream_data") (param i32 i32 i32) (result i32)
    (call $op (i32.const {{buffer network_upstream_data}}) (local.get 1))
    (i32.const 1))
  (func $peer (param $peer i32)
    (drop (call $log (i32.const 2)
      (i32.add (i32.const 48) (i32.mul (local.get $peer) (i32.const 5))) (i32.const 5))))
  (func (export "proxy_on_downstream_connection_close") (param i32 i32)
    (call $peer (local.get 1)))
  (func (export "proxy_on_upstream_connection_close") (param i32 i32)
    (call $peer (local.get 1)))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 1))
  (func (export "proxy_on_delete") (param i32)))
