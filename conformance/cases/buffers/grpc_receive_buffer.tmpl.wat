;; buffers/grpc_receive_buffer: a unary gRPC call made from on_configure
;; gets its response message; inside on_grpc_receive the message (buffer
;; 5) is read: all of it (length: the callback's response_size), a range,
;; and its status.  v1alpha only: proxy_grpc_call has two more parameters
;; from 0.1.0 (set_buffer_bytes_refused reads buffer 5 there).
(module
  (import "env" "proxy_grpc_call"
    (func $grpc_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes"
    (func $bytes (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_status"
    (func $status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "cluster")     ;; 7
  (data (i32.const 32) "pkg.Svc")     ;; 7
  (data (i32.const 48) "Get")         ;; 3
  (data (i32.const 64) "req")         ;; 3
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $grpc_call (i32.const 16) (i32.const 7) (i32.const 32) (i32.const 7)
                           (i32.const 48) (i32.const 3) (i32.const 64) (i32.const 3)
                           (i32.const 1000) (i32.const 600)))
    (i32.const 1))
  ;; buffer_type 5 = grpc_receive_buffer
  (func (export "proxy_on_grpc_receive") (param i32 i32 i32)
    (drop (call $bytes (i32.const {{buffer grpc_receive_buffer}}) (i32.const 0) (local.get 2) (i32.const 512) (i32.const 516)))
    (drop (call $bytes (i32.const {{buffer grpc_receive_buffer}}) (i32.const 2) (i32.const 2) (i32.const 512) (i32.const 516)))
    (drop (call $status (i32.const {{buffer grpc_receive_buffer}}) (i32.const 520) (i32.const 524)))))
